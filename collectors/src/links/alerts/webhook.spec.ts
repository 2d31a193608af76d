import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deliverWebhook, isAllowedWebhookUrl } from './webhook-delivery';
import { isRetryableWebhookStatus, webhookRetryDelays } from './webhook-retry';
import { isValidWebhookSignature, signWebhookBody } from './webhook-signature';

describe('webhook signature', () => {
  it('when signed, then it is HMAC-SHA256 of "<timestamp>.<body>" in hex', () => {
    const expected = createHmac('sha256', 's3cret').update('1700000000.{"a":1}').digest('hex');
    expect(signWebhookBody('s3cret', 1700000000, '{"a":1}')).toBe(`sha256=${expected}`);
  });

  it('when the body, timestamp or secret differ, then the signature does not verify', () => {
    const signature = signWebhookBody('s3cret', 1700000000, '{"a":1}');
    expect(isValidWebhookSignature('s3cret', 1700000000, '{"a":1}', signature)).toBeTrue();
    expect(isValidWebhookSignature('s3cret', 1700000000, '{"a":2}', signature)).toBeFalse();
    expect(isValidWebhookSignature('s3cret', 1700000001, '{"a":1}', signature)).toBeFalse();
    expect(isValidWebhookSignature('other', 1700000000, '{"a":1}', signature)).toBeFalse();
  });
});

describe('webhook retry schedule', () => {
  it('when three attempts are allowed, then two delays double from the base', () => {
    const policy = { attempts: 3, baseDelayMs: 1000, timeoutMs: 5000 };
    expect(webhookRetryDelays(policy, () => 0.5)).toEqual([1000, 2000]);
  });

  it('when jitter is drawn, then each delay stays within ±20 %', () => {
    const policy = { attempts: 4, baseDelayMs: 1000, timeoutMs: 5000 };
    expect(webhookRetryDelays(policy, () => 0)).toEqual([800, 1600, 3200]);
    expect(webhookRetryDelays(policy, () => 0.999999)).toEqual([1200, 2400, 4800]);
  });

  it('when the receiver answers 4xx other than 408/429, then it is not retried', () => {
    expect(isRetryableWebhookStatus(400)).toBeFalse();
    expect(isRetryableWebhookStatus(404)).toBeFalse();
    expect(isRetryableWebhookStatus(408)).toBeTrue();
    expect(isRetryableWebhookStatus(429)).toBeTrue();
    expect(isRetryableWebhookStatus(503)).toBeTrue();
    expect(isRetryableWebhookStatus(null)).toBeTrue();
  });
});

describe('isAllowedWebhookUrl', () => {
  it('when the scheme is not http(s), then the URL is refused', () => {
    expect(isAllowedWebhookUrl('https://noc.example.gov.cn/hook')).toBeTrue();
    expect(isAllowedWebhookUrl('http://127.0.0.1:9000/')).toBeTrue();
    expect(isAllowedWebhookUrl('file:///etc/passwd')).toBeFalse();
    expect(isAllowedWebhookUrl('ftp://host/x')).toBeFalse();
    expect(isAllowedWebhookUrl('not a url')).toBeFalse();
  });
});

describe('deliverWebhook (loopback receiver)', () => {
  let server: Server;
  let url: string;
  let answers: number[];
  let received: { headers: IncomingMessage['headers']; body: string }[];
  const fastPolicy = { attempts: 3, baseDelayMs: 5, timeoutMs: 300 };

  beforeEach(async () => {
    answers = [];
    received = [];
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        const status = answers.shift() ?? 204;
        if (status === 0) return; // never answer: the client's timeout must fire
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('when the receiver accepts, then one signed JSON POST is made', async () => {
    const outcome = await deliverWebhook(
      { url, secret: 'k' },
      { alert: 1 },
      { policy: fastPolicy },
    );
    expect(outcome).toEqual({ isDelivered: true, attempts: 1, status: 204, error: null });
    const [request] = received;
    expect(request!.body).toBe('{"alert":1}');
    expect(request!.headers['content-type']).toContain('application/json');
    const timestamp = Number(request!.headers['x-extranet-timestamp']);
    const signature = String(request!.headers['x-extranet-signature']);
    expect(isValidWebhookSignature('k', timestamp, request!.body, signature)).toBeTrue();
  });

  it('when the receiver fails with 503 then accepts, then it is retried and delivered', async () => {
    answers = [503, 500, 200];
    const sleeps: number[] = [];
    const outcome = await deliverWebhook(
      { url, secret: null },
      {},
      {
        policy: fastPolicy,
        sleep: async (ms) => void sleeps.push(ms),
      },
    );
    expect(outcome.isDelivered).toBeTrue();
    expect(outcome.attempts).toBe(3);
    expect(sleeps.length).toBe(2);
    expect(received[0]!.headers['x-extranet-signature']).toBeUndefined();
  });

  it('when every attempt fails, then the outcome names the last status', async () => {
    answers = [500, 500, 502];
    const outcome = await deliverWebhook({ url, secret: 'k' }, {}, { policy: fastPolicy });
    expect(outcome).toEqual({ isDelivered: false, attempts: 3, status: 502, error: 'HTTP 502' });
  });

  it('when the receiver answers 400, then it is not retried', async () => {
    answers = [400];
    const outcome = await deliverWebhook({ url, secret: 'k' }, {}, { policy: fastPolicy });
    expect(outcome.attempts).toBe(1);
    expect(received.length).toBe(1);
  });

  it('when the receiver never answers, then each attempt times out', async () => {
    answers = [0, 0];
    const outcome = await deliverWebhook(
      { url, secret: 'k' },
      {},
      {
        policy: { attempts: 2, baseDelayMs: 1, timeoutMs: 100 },
      },
    );
    expect(outcome).toEqual({ isDelivered: false, attempts: 2, status: null, error: 'timeout' });
  });

  it('when nothing listens, then the failure is reported, not thrown', async () => {
    const closedUrl = url;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    server = createServer().listen(0, '127.0.0.1');
    const outcome = await deliverWebhook(
      { url: closedUrl, secret: 'k' },
      {},
      {
        policy: { attempts: 1, baseDelayMs: 1, timeoutMs: 300 },
      },
    );
    expect(outcome.isDelivered).toBeFalse();
    expect(outcome.error).toBe('ECONNREFUSED');
  });
});
