import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';

const ruleEvents = ['rulesChanged'] as const;

/** The saved versions of one rule set, newest first (mount with `key={id}`). */
export function RuleSetVersions({ id }: { id: string }) {
  const versions = useApiData(() => getApi().listRuleSetVersions({ id }), ruleEvents);
  return <span className="muted">versions: {(versions.data ?? []).map((v) => `v${v.version} (${new Date(v.createdAt).toLocaleString()})`).join(' · ')}</span>;
}
