// The body in list mode: all panes in a grid on a large terminal; below that the panes stack and share the
// height by what they hold (use-stack.ts); zoomed, the focused pane with the others one summary line each.
import {Box} from 'ink';
import {CollapsedPane, CollapsedPanes} from './CollapsedPanes.js';
import {useTheme} from '../context.js';
import type {ScreenLayout} from '../layout/layout.js';
import {Pane} from './Pane.js';
import {useStackHeights} from '../hooks/use-stack.js';
import type {TaskKind} from '../../model/task.js';

type Props = {
	layout: Exclude<ScreenLayout, {mode: 'too-small'}>;
	focused: TaskKind;
	onProblem?: boolean;
	kinds: readonly TaskKind[];
	body: number;
	/** Told how many rows the focused pane shows, after it renders. */
	onPage?: (rows: number) => void;
};

export function PaneGrid({layout, focused, onProblem = false, kinds, body, onPage}: Props) {
	if (layout.mode === 'grid') {
		return (
			<Box flexDirection="column" width={layout.columns}>
				{layout.grid.map((row, index) => (
					<Box key={index} flexDirection="row" width={layout.columns} height={row[0]?.height ?? 0}>
						{row.map((box) => (
							<Pane
								key={box.kind}
								kind={box.kind}
								width={box.width}
								height={box.height}
								focused={box.kind === focused}
								onProblem={onProblem}
								contentRows={body}
								{...(onPage ? {onPage} : {})}
							/>
						))}
					</Box>
				))}
			</Box>
		);
	}
	if (!layout.zoom && kinds.length > 1)
		return <PaneStack width={layout.columns} focused={layout.focused.kind} onProblem={onProblem} kinds={kinds} body={body} {...(onPage ? {onPage} : {})} />;
	return (
		<Box flexDirection="column" width={layout.columns}>
			{layout.collapsed.length > 0 ? <CollapsedPanes kinds={layout.collapsed} width={layout.columns} /> : null}
			<Pane
				kind={layout.focused.kind}
				width={layout.focused.width}
				height={layout.focused.height}
				focused
				onProblem={onProblem}
				contentRows={body}
				{...(onPage ? {onPage} : {})}
			/>
		</Box>
	);
}

function PaneStack({
	width,
	focused,
	onProblem,
	kinds,
	body,
	onPage,
}: {
	width: number;
	focused: TaskKind;
	onProblem: boolean;
	kinds: readonly TaskKind[];
	body: number;
	onPage?: (rows: number) => void;
}) {
	const theme = useTheme();
	const heights = useStackHeights(kinds, width, body, focused, theme);
	return (
		<Box flexDirection="column" width={width} height={body}>
			{kinds.map((kind, index) =>
				heights[index] === 1 ? (
					<CollapsedPane key={kind} kind={kind} width={width} />
				) : (
					<Pane
						key={kind}
						kind={kind}
						width={width}
						height={heights[index]!}
						focused={kind === focused}
						onProblem={onProblem}
						contentRows={body}
						{...(onPage ? {onPage} : {})}
					/>
				),
			)}
		</Box>
	);
}
