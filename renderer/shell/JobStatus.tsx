import type { JobState } from '../api/useJob.ts';
import './jobStatus.css';

/**
 * A job's state beside its figures (`useJob`, `useJobQuery`): while it runs, a progress bar with
 * Cancel; once the user cancelled it, a note that the figures shown are the previous ones
 * (`previous` describes them; null when there are none) with Run again. The buttons are named
 * after the job, since two jobs' bars can be on screen together.
 */
export function JobStatus({ label, job, previous }: { label: string; job: JobState<unknown>; previous: string | null }) {
  const { progress, cancelled, cancel, rerun } = job;
  if (progress) {
    return (
      <div className="job-status">
        <progress aria-label={`${label} progress`} max={Math.max(progress.total, 1)} value={progress.done} />
        <span className="muted" aria-live="polite">
          {progress.total > 0 ? `${label}: ${Math.floor((progress.done / progress.total) * 100)}%` : `${label}: starting…`}
        </span>
        <button type="button" onClick={cancel} aria-label={`Cancel ${label.toLowerCase()}`}>
          Cancel
        </button>
      </div>
    );
  }
  if (!cancelled) return null;
  return (
    <p className="job-status message muted" role="status">
      {label} cancelled; {previous ? `showing the previous result (${previous}).` : 'no result yet.'}
      <button type="button" onClick={rerun} aria-label={`Run ${label.toLowerCase()} again`}>
        Run again
      </button>
    </p>
  );
}
