/** "1 annotation", "3 annotations": for notices. */
export const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
