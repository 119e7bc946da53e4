export type {
  ConfigError,
  DecodedValue,
  DecodeResult,
  Endianness,
  FieldSpec,
  FieldType,
  ParsedConfig,
  ParseResult,
} from './types.ts';
export { PayloadConfigError, PayloadEncodeError, PayloadHexError } from './errors.ts';
export { parse } from './parse.ts';
export { decode } from './decode.ts';
export { compile } from './compile.ts';
export { type FieldLayout, type LayoutCell, layout } from './layout.ts';
export { compileEncoder, type Encoder, encode } from './encode.ts';
export { toJsonValues, type JsonValue } from './json-values.ts';
export {
  type CallbackType,
  callbackVariables,
  type VariableKind,
  variableKind,
} from './templates/callback-variables.ts';
export {
  customDataVariables,
  renderTemplate,
  type TemplateValue,
  type TemplateVariable,
  templateVariables,
} from './templates/render-template.ts';
export { sampleVariables } from './templates/sample-variables.ts';
export {
  type CallbackTemplates,
  findTemplateProblems,
  type TemplateProblem,
} from './templates/template-problems.ts';
