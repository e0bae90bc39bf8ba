export const helpText = `
	Usage
	  $ cutwatch [options]            live monitor (line mode when stdout is not a terminal)
	  $ cutwatch simulate [options]   run the AWS simulator in the foreground

	Modes
	  --demo                 Watch a simulated cutover (no AWS account or configuration needed)
	  --once                 Print every selected task once, then exit (--json for machines)
	  --json                 With --once: one JSON document on stdout
	  --watch                One line per task event, until interrupted (default when stdout is not a terminal)
	  --until-done           Keep polling until no selected task is active; exit 0 if none failed, 1 if any did
	  --quiet                With --until-done: print only the final summary
	  --check                Check the IAM permissions for every selected operation and region, then exit
	  --log FILE             Append every task event to FILE as one JSON line (any mode; created owner-only)

	AWS
	  --profile P[,P2]       AWS profile(s); several accounts are watched side by side
	  --region R[,R2]        Region(s); default: AWS_REGION or the profile's region
	  --discovery-region R   Region for Discovery imports (your Migration Hub home region); default: the first region
	  --endpoint-url URL     Send every request to this endpoint (e.g. a running \`cutwatch simulate\`)
	  --interval SECONDS     Poll interval, 5-3600 (default 15 while tasks are active, 60 when idle)
	  --full-interval SECONDS  How often a long history is listed in full, 5-3600 (default 300); in between
	                         only running tasks are asked for

	Screen
	  --no-color             No colour (also when NO_COLOR is set); state is still spelled out
	  --ascii                Plain ASCII gauges and borders (automatic when the locale is not UTF-8)
	  --bell MODE            Terminal bell on: failed (default), all (failed and completed), none
	  --no-title             Do not set the terminal/tmux window title

	Selection
	  --sources LIST         import,export,store,discovery (default: all four)
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
	  0 success   1 a task failed (--until-done)   2 bad usage   3 AWS access or configuration error

	Examples
	  $ cutwatch --demo
	  $ cutwatch --demo --once --json
	  $ cutwatch --profile migration --region us-east-1,eu-west-1
	  $ cutwatch --watch --region us-east-1 --sources import,export
	  $ cutwatch --until-done --import-task-id import-snap-0123456789abcdef0 --log cutover.jsonl
	  $ cutwatch --check --profile migration --region eu-west-1
	  $ cutwatch simulate --port 4566 --speed 10
`;
