/**
 * GPU buffers of the incident layer: one vertex array per point set (the
 * incidents, the clusters), attribute locations shared with the program.
 */
import { ATTR } from './shaders.ts';

/** Per-point arrays in draw order, ready to upload. */
export interface PointArrays {
  pos: Float32Array; // 2 per point
  days: Float32Array; // 2 per point
  rgba: Uint8Array; // 4 per point
  radius: Float32Array;
  unc: Float32Array;
  visible: Uint8Array;
}

type Key = keyof PointArrays;
const LAYOUT: Record<Key, { loc: number; size: number; type: 'f' | 'u8'; norm: boolean }> = {
  pos: { loc: ATTR.pos, size: 2, type: 'f', norm: false },
  days: { loc: ATTR.days, size: 2, type: 'f', norm: false },
  rgba: { loc: ATTR.rgba, size: 4, type: 'u8', norm: true },
  radius: { loc: ATTR.radius, size: 1, type: 'f', norm: false },
  unc: { loc: ATTR.unc, size: 1, type: 'f', norm: false },
  visible: { loc: ATTR.visible, size: 1, type: 'u8', norm: false },
};

/** A vertex array with one buffer per attribute, so appearance updates re-upload only what changed. */
export class PointSet {
  readonly vao: WebGLVertexArrayObject;
  private readonly buffers = new Map<Key, WebGLBuffer>();
  count = 0;

  constructor(private readonly gl: WebGL2RenderingContext) {
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    for (const key of Object.keys(LAYOUT) as Key[]) {
      const l = LAYOUT[key];
      const buf = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, buf);
      gl.enableVertexAttribArray(l.loc);
      gl.vertexAttribPointer(l.loc, l.size, l.type === 'f' ? gl.FLOAT : gl.UNSIGNED_BYTE, l.norm, 0, 0);
      this.buffers.set(key, buf);
    }
    gl.bindVertexArray(null);
  }

  /** Uploads the given attributes (all of them on a new point set). */
  upload(arrays: Partial<PointArrays>, count: number): void {
    const gl = this.gl;
    this.count = count;
    for (const key of Object.keys(arrays) as Key[]) {
      const data = arrays[key];
      if (!data) continue;
      gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers.get(key) ?? null);
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }

  /** Frees the buffers and the vertex array. */
  destroy(): void {
    for (const b of this.buffers.values()) this.gl.deleteBuffer(b);
    this.gl.deleteVertexArray(this.vao);
  }
}

/** An offscreen RGBA8 target of `width × height` pixels for the readback count. */
export class CountTarget {
  readonly fbo: WebGLFramebuffer;
  private readonly tex: WebGLTexture;
  width = 0;
  height = 0;

  constructor(private readonly gl: WebGL2RenderingContext) {
    this.fbo = gl.createFramebuffer();
    this.tex = gl.createTexture();
  }

  /** Resizes to hold one pixel per point (width fixed, rows as needed). */
  ensure(points: number): void {
    const width = 1024;
    const height = Math.max(1, Math.ceil(points / width));
    if (width === this.width && height === this.height) return;
    const gl = this.gl;
    gl.bindTexture(gl.TEXTURE_2D, this.tex);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.fbo);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, this.tex, 0);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.bindTexture(gl.TEXTURE_2D, null);
    this.width = width;
    this.height = height;
  }

  /** Counts lit pixels after a count pass has drawn into this target. */
  readCount(): number {
    const gl = this.gl;
    const px = new Uint8Array(this.width * this.height * 4);
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.fbo);
    gl.readPixels(0, 0, this.width, this.height, gl.RGBA, gl.UNSIGNED_BYTE, px);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! > 127) n++;
    return n;
  }

  /** Frees the framebuffer and its texture. */
  destroy(): void {
    this.gl.deleteFramebuffer(this.fbo);
    this.gl.deleteTexture(this.tex);
  }
}
