// cutwatch's own terminal writes besides Ink's frames: clipboard (OSC 52) and desktop notifications, as pure
// sanitising encoders, and the tmux passthrough around them; and the one question asked of it, its background.
export {osc52, clipboardLimitBytes, clipboardPayload, clipboardText, type ClipboardRoute, type Copy} from './osc52.js';
export {notifySequence, notifyProtocolFor, type NotifyProtocol} from './notify-sequence.js';
export {tmuxPassthrough, clipboardRoute, notifyThroughTmux, askOuterTerminal, type TmuxOptions} from './tmux.js';
export {decideBackground, parseColorSpec, backgroundOfColorFgBg, type BackgroundDecision} from './background.js';
export {queryBackground, backgroundTimeoutMs, type BackgroundAnswer, type QueryInput} from './background-query.js';
export {createReplyFilter, type Reply, type ReplyFilter} from './replies.js';
export {oscText} from './osc-text.js';
export {detectTerminal, plainTerminal, type TerminalInfo} from './terminal-env.js';
export {createNotifyPlan, type NotifyMode, type NotifyPlan} from './notify-plan.js';
export {loadTmuxBuffer, type TmuxBufferLoader} from './tmux-buffer.js';
