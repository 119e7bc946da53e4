import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { BitMap } from '../../components/bit-map/bit-map.tsx';
import { ConfigErrorView } from './config-error-view.tsx';
import { runPayloadTool } from './run-payload-tool.ts';
import './payload-tool.css';
import { KeyValueTable } from '../../components/key-value-table.tsx';

/**
 * Try a Custom payload config on a hex payload (reference: "Custom message type decoding
 * grammar"). The state is the URL's `config` and `hex`, so a link reproduces the case.
 */
export function PayloadToolPage() {
  const [search, setSearch] = useSearchParams();
  const id = useId();
  const config = search.get('config') ?? '';
  const hex = search.get('hex') ?? '';
  // Replace, not push: typing should not fill the history with one entry per key.
  const update = (key: 'config' | 'hex', value: string) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const result = runPayloadTool(config, hex);
  return (
    <div className="page payload-tool">
      <h1>Payload tool</h1>
      <div className="field">
        <label htmlFor={`${id}-config`}>Payload config</label>
        <textarea
          id={`${id}-config`}
          className="mono"
          rows={3}
          spellCheck={false}
          value={config}
          onChange={(e) => update('config', e.target.value)}
          aria-describedby={`${id}-config-hint`}
        />
        <p id={`${id}-config-hint`} className="field__hint">
          For example <code>temperature:0:int:16 alarm:2:bool:7</code>
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-hex`}>Payload (hex)</label>
        <input
          id={`${id}-hex`}
          className="mono"
          spellCheck={false}
          value={hex}
          onChange={(e) => update('hex', e.target.value)}
        />
      </div>
      <section aria-labelledby={`${id}-result`}>
        <h2 id={`${id}-result`}>Result</h2>
        {result.kind === 'empty' && <p className="muted">Type a payload config to decode.</p>}
        {result.kind === 'config-error' && <ConfigErrorView result={result} />}
        {result.kind === 'hex-error' && (
          <p role="alert" className="form-error">
            Payload: {result.message}
          </p>
        )}
        {result.kind === 'decoded' && (
          <>
            <KeyValueTable label="Decoded values" rows={result.values} />
            {result.warnings.length > 0 && (
              <ul aria-label="Warnings" className="payload-tool__warnings">
                {result.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {(result.kind === 'decoded' || result.kind === 'hex-error') && (
          <>
            <h3>Bit map</h3>
            <BitMap fields={result.layout} hex={result.kind === 'decoded' ? hex.trim() : ''} />
          </>
        )}
      </section>
    </div>
  );
}
