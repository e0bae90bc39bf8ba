// The body in list mode: all panes in a grid on a large terminal; on a small one the focused pane with the
// others collapsed to one summary line each above it.
import {Box} from 'ink';
import {CollapsedPanes} from './CollapsedPanes.js';
import type {ScreenLayout} from './layout.js';
import {Pane} from './Pane.js';

export function PaneGrid({layout, focused, onProblem = false}: {layout: Exclude<ScreenLayout, {mode: 'too-small'}>; focused: string; onProblem?: boolean}) {
	if (layout.mode === 'grid') {
		return (
			<Box flexDirection="column" width={layout.columns}>
				{layout.grid.map((row, index) => (
					<Box key={index} flexDirection="row" width={layout.columns} height={row[0]?.height ?? 0}>
						{row.map((box) => (
							<Pane key={box.kind} kind={box.kind} width={box.width} height={box.height} focused={box.kind === focused} onProblem={onProblem} />
						))}
					</Box>
				))}
			</Box>
		);
	}
	return (
		<Box flexDirection="column" width={layout.columns}>
			{layout.collapsed.length > 0 ? <CollapsedPanes kinds={layout.collapsed} width={layout.columns} /> : null}
			<Pane kind={layout.focused.kind} width={layout.focused.width} height={layout.focused.height} focused onProblem={onProblem} />
		</Box>
	);
}
