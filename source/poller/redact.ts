// Error text can quote the request back: AWS's IncompleteSignature messages echo the Authorization header, and a
// proxy's error page may list the request headers. Signatures, session tokens and secret keys are cut out before
// the text reaches the store, so no pane, line mode, JSON document or log can show them.
const redacted = '[redacted]';
const value = String.raw`[^\s,;&"'<>]+`;

const patterns: RegExp[] = [
	// Signature=… in an Authorization header, X-Amz-Signature=… in a presigned URL.
	new RegExp(String.raw`(Signature=)${value}`, 'gi'),
	// X-Amz-Security-Token=… (query) or x-amz-security-token: … (header).
	new RegExp(String.raw`(X-Amz-Security-Token\s*[=:]\s*)${value}`, 'gi'),
	// Shared config / credentials file keys and SDK identity fields.
	new RegExp(String.raw`((?:aws_secret_access_key|aws_session_token|secretAccessKey|sessionToken)["']?\s*[=:]\s*["']?)${value}`, 'gi'),
];

export function redactSecrets(text: string): string {
	let result = text;
	for (const pattern of patterns) result = result.replace(pattern, `$1${redacted}`);
	return result;
}
