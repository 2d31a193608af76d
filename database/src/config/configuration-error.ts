/**
 * The process was configured wrongly (an environment variable, a key file). The message names
 * what is wrong and shows a value that would work, so it can be printed as is: no stack needed.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
