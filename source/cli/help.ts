export const helpText = `
	Usage
	  $ cutwatch [options]            live monitor (line mode when stdout is not a terminal)
	  $ cutwatch simulate [options]   run the AWS simulator in the foreground
	  $ cutwatch report FILE.jsonl [--format md|html] [--out FILE]
	                                  a post-cutover report from a --log file

	Modes
	  --demo                 Watch a simulated cutover (no AWS account or configuration needed)
	  --once                 Print every selected task once, then exit (--json for machines)
	  --json                 With --once: one JSON document on stdout
	  --watch                One line per task event, until interrupted (default when stdout is not a terminal)
	  --until-done           Keep polling until no selected task is active; exit 0 if none failed, 1 if any did
	  --quiet                With --until-done: print only the final summary
	  --check                Check the IAM permissions for every selected operation and region, then exit
	  --log FILE             Journal: every task event appended to FILE as a JSON line (owner-only); a restart
	                         with the same FILE resumes from it (events, ETAs, the --until-done step)

	AWS
	  --profile P[,P2]       AWS profile(s); several accounts are watched side by side
	  --region R[,R2]        Region(s); default: AWS_REGION or the profile's region
	  --discovery-region R   Region for Discovery imports (your Migration Hub home region); default: the first region
	  --endpoint-url URL     Send every request to this endpoint (e.g. a running \`cutwatch simulate\`)
	  --interval SECONDS     Poll interval, 5-3600 (default 15 while tasks are active, 60 when idle)
	  --stall-after DURATION No progress for this long is a stall (default 3 × the task's own pace, at least 5m)
	  --deadline TIME        When the cutover must be done: 04:30 (local), 04:30Z (UTC) or +2h; the header
	                         projects the ETAs against it; with --until-done, exit 4 once it passes
	  --full-interval SECONDS How often a long history is listed in full, 5-3600 (default 300); in between
	                         only running tasks are asked for

	Screen
	  --no-color             No colour (also when NO_COLOR is set); state is still spelled out
	  --ascii                Plain ASCII gauges and borders (automatic when the locale is not UTF-8)
	  --theme THEME          Colours for the terminal's background: dark, light or auto (default: ask the
	                         terminal, through tmux too; then COLORFGBG; else dark)
	  --bell MODE            Terminal bell on: failed (default), all (failed and completed), none
	  --no-title             Do not set the terminal/tmux window title
	  --notify MODE          Desktop notifications (OSC 9/777/99, through tmux): failed, all, none (default)
	  --no-clipboard         y, Y and m copy nothing (they copy through OSC 52 otherwise)

	Selection
	  --sources LIST         import,export,store,discovery (default: all four; with ids, only their panes)
	  --import-task-id ID    Only these snapshot import tasks (repeatable)
	  --export-task-id ID    Only these image export tasks (repeatable)
	  --image-id AMI         Only the store tasks of these AMIs (repeatable)
	  --discovery-task-id ID Only these Discovery import tasks (repeatable)
	  --status S[,S2]        Only tasks that are active, failed, completed or cancelled

	Simulator (--demo and simulate)
	  --speed X              Time compression (default 1: the cutover takes about ten minutes)
	  --seed S               Scenario seed (same seed, same cutover)
	  --scenario FILE        Play a cutover described in a JSON file
	  --port N               simulate: port to listen on (default: any free port)
	  --request-log FILE     simulate: append every request as a JSON line
	  --fault SPEC           simulate: inject a fault, e.g. store=throttle:0.5, discovery=home-region

	Exit codes
	  0 success   1 a task failed (--until-done)   2 bad usage   3 AWS access or configuration error (or an unknown id)
	  70 internal error   74 output could not be written

	Examples
	  $ cutwatch --demo
	  $ cutwatch --demo --once --json
	  $ cutwatch --profile migration --region us-east-1,eu-west-1
	  $ cutwatch --watch --region us-east-1 --sources import,export
	  $ cutwatch --until-done --import-task-id import-snap-0123456789abcdef0 --log cutover.jsonl
	  $ cutwatch --check --profile migration --region eu-west-1
	  $ cutwatch simulate --port 4566 --speed 10
`;
