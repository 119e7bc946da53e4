import { describe, expect, it } from 'vitest';
import { customDataVariables, renderTemplate, templateVariables } from './render-template.ts';

describe('renderTemplate', () => {
  it('substitutes predefined and custom variables', () => {
    const rendered = renderTemplate('id={device}&t={customData#temp}&big={customData#n}&ok={duplicate}', {
      device: '1A2B',
      'customData#temp': -3.5,
      'customData#n': 18446744073709551615n,
      duplicate: false,
    });
    expect(rendered).toBe('id=1A2B&t=-3.5&big=18446744073709551615&ok=false');
  });

  it("renders custom variables whose field names contain '#'", () => {
    expect(renderTemplate('{customData#t#1}', { 'customData#t#1': 7 })).toBe('7');
  });

  it('leaves variables without a value as written', () => {
    expect(renderTemplate('{device}/{unknown}/{time}', { device: 'AB', time: undefined })).toBe(
      'AB/{unknown}/{time}',
    );
  });

  it('does not take JSON braces for variables', () => {
    expect(renderTemplate('{"d": "{device}", "n": { }}', { device: 'AB' })).toBe('{"d": "AB", "n": { }}');
  });

  it('does not read inherited properties as values', () => {
    expect(renderTemplate('{constructor}', {})).toBe('{constructor}');
  });

  it('finds variables with their positions', () => {
    expect(templateVariables('a{x}b{customData#y}')).toEqual([
      { name: 'x', index: 1 },
      { name: 'customData#y', index: 5 },
    ]);
  });

  it('turns decoded values into customData variables', () => {
    expect(customDataVariables({ t: 1, ok: true })).toEqual({ 'customData#t': 1, 'customData#ok': true });
  });
});
