import { useState } from 'react';
import { glossApi } from '../api/gloss';
import './welcome.css';

/** Shown when no workspace is open: create one, open one, or pick a recent one. */
export function WelcomeScreen({ recent, onNotice }: { recent: readonly string[]; onNotice: (message: string) => void }) {
  const [name, setName] = useState('My workspace');
  const report = (result: { ok: true } | { ok: false; error: { message: string } }) => {
    if (!result.ok) onNotice(result.error.message);
  };
  return (
    <main className="welcome">
      <h1>Gloss</h1>
      <p className="welcome-lead">Open a workspace to start reading and tagging articles.</p>
      <div className="welcome-actions">
        <form
          className="welcome-new"
          onSubmit={(event) => {
            event.preventDefault();
            void glossApi().createWorkspace({ name }).then(report);
          }}
        >
          <label>
            Name of the new workspace
            <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
          </label>
          <button type="submit">New Workspace…</button>
        </form>
        <button type="button" onClick={() => void glossApi().openWorkspace({}).then(report)}>
          Open Workspace…
        </button>
      </div>
      {recent.length > 0 ? (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recent workspaces</h2>
          <ul className="welcome-recent">
            {recent.map((path) => (
              <li key={path}>
                <button type="button" onClick={() => void glossApi().openWorkspace({ path }).then(report)}>
                  {path}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
