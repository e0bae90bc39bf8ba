// Imported first by the CLI entry, before anything loads React: the published binary runs React's
// production build (faster, and it never prints development warnings over the Ink frame).
import process from 'node:process';

process.env['NODE_ENV'] ??= 'production';
