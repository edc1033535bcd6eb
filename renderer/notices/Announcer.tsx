import { useEffect, useState } from 'react';

const EVENT = 'gloss-announce';

/** Says something to screen readers, politely (after what they are reading): "Quote added". */
export function announce(message: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: message }));
}

/**
 * The window's polite live region: what an action did, for those who do not
 * see it happen. (The save status in the toolbar is a live region of its own:
 * "Saved", "Not saved: …".) Always in the page, so the first message is read too.
 */
export function Announcer() {
  const [message, setMessage] = useState({ text: '', count: 0 });
  useEffect(() => {
    const onAnnounce = (event: Event) => {
      if (event instanceof CustomEvent && typeof event.detail === 'string') {
        const text: string = event.detail;
        setMessage((last) => ({ text, count: last.count + 1 }));
      }
    };
    window.addEventListener(EVENT, onAnnounce);
    return () => window.removeEventListener(EVENT, onAnnounce);
  }, []);
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      {/* Keyed by count, so the same words twice ("Quote added") are read twice. */}
      <span key={message.count}>{message.text}</span>
    </div>
  );
}
