// The Bolt-js side of the acknowledgement benchmark (tests/Cutover.Benchmarks/SlackAckLoad.cs): a minimal Bolt app on
// Bolt's built-in HTTP receiver. Bolt verifies each request's signature; the listeners acknowledge `/cutover` commands
// and button clicks and do nothing else. The harness installs @slack/bolt under .tools/bolt-js and sets NODE_PATH,
// PORT and SLACK_SIGNING_SECRET; "bolt listening" on standard output says the app is ready.
const { App, LogLevel } = require('@slack/bolt');

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  // No token check at start (it would call Slack): the bot's identity is given.
  token: 'xoxb-bolt-load-0000',
  tokenVerificationEnabled: false,
  botId: 'B-bolt',
  botUserId: 'U-bolt',
  endpoints: ['/slack/commands', '/slack/interactions'],
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: 'http://127.0.0.1:9/api/' },
});

app.command('/cutover', async ({ ack }) => {
  await ack();
});

app.action({ type: 'block_actions' }, async ({ ack }) => {
  await ack();
});

(async () => {
  const port = Number(process.env.PORT);
  await app.start({ port, host: '127.0.0.1' });
  console.log(`bolt listening on ${port}`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
