// Karma for `ng test web` (@angular/build:karma). Runs the Debian Chromium headless: CI runs as
// root on a closed network, hence --no-sandbox and no background traffic.
const fs = require('node:fs');
const path = require('node:path');

// CHROME_BIN wins; otherwise the Debian Chromium, so `npm run test:web` needs no setup.
if (!process.env.CHROME_BIN && fs.existsSync('/usr/bin/chromium')) {
  process.env.CHROME_BIN = '/usr/bin/chromium';
}

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-coverage'),
    ],
    client: {
      jasmine: { random: true },
    },
    coverageReporter: {
      dir: path.join(__dirname, '..', 'coverage', 'web'),
      subdir: '.',
      reporters: [{ type: 'html' }, { type: 'text-summary' }],
    },
    reporters: ['dots'],
    browsers: ['ChromiumHeadlessCI'],
    customLaunchers: {
      ChromiumHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    },
    browserNoActivityTimeout: 60000,
    restartOnFileChange: true,
  });
};
