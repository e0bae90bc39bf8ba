// Just enough PNG decoding to look at a browser's screenshot: 8-bit RGB or RGBA, not interlaced.
import {inflateSync} from 'node:zlib';

export type Image = {width: number; height: number; pixel(x: number, y: number): [number, number, number]};

export function decodePng(file: Buffer): Image {
	if (file.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
	let offset = 8;
	let width = 0;
	let height = 0;
	let channels = 0;
	const data: Buffer[] = [];
	while (offset < file.length) {
		const length = file.readUInt32BE(offset);
		const type = file.toString('latin1', offset + 4, offset + 8);
		const body = file.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') {
			width = body.readUInt32BE(0);
			height = body.readUInt32BE(4);
			const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
			if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error(`unsupported PNG (depth ${depth}, colour ${colour})`);
			channels = colour === 6 ? 4 : 3;
		} else if (type === 'IDAT') data.push(body);
		offset += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(data));
	const stride = width * channels;
	const pixels = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)]!;
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		for (let i = 0; i < stride; i++) {
			const a = i >= channels ? pixels[y * stride + i - channels]! : 0;
			const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
			const c = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels]! : 0;
			let value = line[i]!;
			if (filter === 1) value += a;
			else if (filter === 2) value += b;
			else if (filter === 3) value += Math.floor((a + b) / 2);
			else if (filter === 4) {
				const p = a + b - c;
				const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
				value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
			}
			pixels[y * stride + i] = value & 0xff;
		}
	}
	return {
		width,
		height,
		pixel(x, y) {
			const at = y * stride + x * channels;
			return [pixels[at]!, pixels[at + 1]!, pixels[at + 2]!];
		},
	};
}
