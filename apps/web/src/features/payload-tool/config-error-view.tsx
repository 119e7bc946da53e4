import type { ToolResult } from './run-payload-tool.ts';

type ConfigErrorResult = Extract<ToolResult, { kind: 'config-error' }>;

/** A config error at its column: the words, and a caret under the offending character. */
export function ConfigErrorView({ result }: { result: ConfigErrorResult }) {
  const { error, line, lineNumber, lineColumn } = result;
  return (
    <div role="alert" className="payload-tool__error">
      <p className="form-error">
        Config error at column {error.column}
        {lineNumber > 1 ? ` (line ${lineNumber}, column ${lineColumn})` : ''}: expected {error.expected},
        found {error.found}.
      </p>
      <pre className="mono" aria-hidden="true">
        {line}
        {'\n'}
        {`${' '.repeat(Math.max(0, lineColumn - 1))}^`}
      </pre>
      <p className="muted">{error.message}</p>
    </div>
  );
}
