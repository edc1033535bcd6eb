/** Chooses one annotation set, or every set (the empty value). */
export function SetSelect(props: { value: string; sets: readonly string[]; onChange: (set: string) => void }) {
  return (
    <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
      <option value="">Every set</option>
      {props.sets.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  );
}
