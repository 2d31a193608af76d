import { HttpErrorResponse } from '@angular/common/http';
import { toApiError } from './api-error';

describe('toApiError', () => {
  it('when the API sent its error body, then its code and message are kept', () => {
    const error = new HttpErrorResponse({
      status: 404,
      statusText: 'Not Found',
      error: { error: { code: 'not_found', message: 'uplink 9 not found' } },
    });
    expect(toApiError(error)).toEqual({
      status: 404,
      code: 'not_found',
      message: 'uplink 9 not found',
    });
  });

  it('when the server cannot be reached, then the code is network', () => {
    const error = new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' });
    expect(toApiError(error).code).toBe('network');
    expect(toApiError(error).status).toBe(0);
  });

  it('when a proxy answers with a plain text body, then the status names the code', () => {
    const error = new HttpErrorResponse({ status: 502, statusText: 'Bad Gateway', error: 'oops' });
    expect(toApiError(error)).toEqual({ status: 502, code: 'http_502', message: 'Bad Gateway' });
  });

  it('when something else is thrown, then it is unexpected', () => {
    expect(toApiError(new Error('boom'))).toEqual({
      status: 0,
      code: 'unexpected',
      message: 'boom',
    });
  });
});
