/** The toolbar's switch between the document list and the query view (with its pictures). */
export function QueryButton(props: { open: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="tag-button" aria-pressed={props.open} onClick={props.onToggle}>
      Query
    </button>
  );
}
