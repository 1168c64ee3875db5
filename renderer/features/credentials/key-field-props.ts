/**
 * What every field that takes a Client ID or Secret carries: no autofill memory, no autocorrect rewriting a pasted
 * key, and no spellchecker sending the text to a dictionary service.
 */
export const keyFieldProps = {
  autoComplete: 'off',
  autoCapitalize: 'off',
  autoCorrect: 'off',
  spellCheck: false,
} as const;
