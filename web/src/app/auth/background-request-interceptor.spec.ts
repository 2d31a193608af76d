import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  BACKGROUND_REQUEST_HEADER,
  backgroundRequestInterceptor,
} from './background-request-interceptor';
import { USER_IDLE_AFTER_MS, UserActivity } from './user-activity';

describe('backgroundRequestInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let activity: UserActivity;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([backgroundRequestInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    activity = TestBed.inject(UserActivity);
  });

  afterEach(() => backend.verify());

  it('marks a request made after a minute without interaction as background', () => {
    activity.recordInteraction(Date.now() - USER_IDLE_AFTER_MS - 1_000);
    http.get('/api/overview').subscribe();
    const request = backend.expectOne('/api/overview');
    expect(request.request.headers.get(BACKGROUND_REQUEST_HEADER)).toBe('1');
    request.flush({});
  });

  it('leaves a request made right after a click unmarked', () => {
    activity.recordInteraction(Date.now() - USER_IDLE_AFTER_MS - 1_000);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    http.get('/api/overview').subscribe();
    const request = backend.expectOne('/api/overview');
    expect(request.request.headers.has(BACKGROUND_REQUEST_HEADER)).toBeFalse();
    request.flush({});
  });
});
