import type { Problem } from '../../../core/api/contract';
import type { Entry } from '../report';

/** A store's problem as a report entry: the file at fault, and the message (which names it too). */
export const problemEntry = (problem: Problem): Entry => ({ item: problem.file, reason: problem.message });
