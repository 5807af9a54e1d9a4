import { text } from 'node:stream/consumers';
import { rotatedKeySetSecret } from '../src/auth/gateway-signing-key.js';

// Reads the signing-key secret on stdin and writes the rotated key set on stdout (README:
// "Rotating the signing key"); the optional argument names the new key.
process.stdout.write(await rotatedKeySetSecret(await text(process.stdin), process.argv[2]));
