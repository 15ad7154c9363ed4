/** A count with its noun agreeing: "1 idea", "9 ideas". */
export const countOf = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
