/** What an amendment changed, one line each; a `false` line (nothing of that kind changed) is left out. */
export function VersionDiffList({ lines }: { lines: (string | false)[] }) {
  return (
    <ul data-testid="version-diff">
      {lines
        .filter((line): line is string => typeof line === 'string')
        .map((line) => (
          <li key={line}>{line}</li>
        ))}
    </ul>
  );
}
