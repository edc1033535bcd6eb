// Electronegativity ships no types. Its runner, called as a library, takes the
// CLI's options by name and resolves to what it found; the caller validates that.
declare module '@doyensec/electronegativity' {
  export default function run(options: { input: string; electronVersionOverride?: string }): Promise<unknown>;
}
