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

const BYTES: Record<'f' | 'u8', number> = { f: 4, u8: 1 };

/**
 * A vertex array with one buffer per attribute, so appearance updates
 * re-upload only what changed; a second vertex array reads the same buffers
 * once per instance, for the uncertainty discs' quads (see drawDiscs).
 */
export class PointSet {
  readonly vao: WebGLVertexArrayObject;
  private readonly discVao: WebGLVertexArrayObject;
  private readonly corners: WebGLBuffer;
  private readonly buffers = new Map<Key, WebGLBuffer>();
  count = 0;

  constructor(private readonly gl: WebGL2RenderingContext) {
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    for (const key of Object.keys(LAYOUT) as Key[]) {
      const buf = gl.createBuffer();
      this.buffers.set(key, buf);
      this.point(key, 0);
    }
    this.discVao = gl.createVertexArray();
    gl.bindVertexArray(this.discVao);
    this.corners = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.corners);
    gl.bufferData(gl.ARRAY_BUFFER, Float32Array.of(-1, -1, 1, -1, -1, 1, 1, 1), gl.STATIC_DRAW);
    gl.enableVertexAttribArray(ATTR.corner);
    gl.vertexAttribPointer(ATTR.corner, 2, gl.FLOAT, false, 0, 0);
    for (const key of Object.keys(LAYOUT) as Key[]) {
      this.point(key, 0);
      gl.vertexAttribDivisor(LAYOUT[key].loc, 1);
    }
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }

  /** Points attribute `key` of the bound vertex array at its buffer, from element `first` on. */
  private point(key: Key, first: number): void {
    const gl = this.gl;
    const l = LAYOUT[key];
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers.get(key) ?? null);
    gl.enableVertexAttribArray(l.loc);
    gl.vertexAttribPointer(l.loc, l.size, l.type === 'f' ? gl.FLOAT : gl.UNSIGNED_BYTE, l.norm, 0, first * l.size * BYTES[l.type]);
  }

  /**
   * Draws elements [first, first + count) as uncertainty-disc quads (program
   * in mode 0): one instance each, a 4-vertex strip. WebGL2 has no base
   * instance, so the per-instance attributes are re-pointed at `first`.
   */
  drawDiscs(first: number, count: number): void {
    const gl = this.gl;
    if (count <= 0) return;
    gl.bindVertexArray(this.discVao);
    for (const key of Object.keys(LAYOUT) as Key[]) this.point(key, first);
    gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, count);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
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
    this.gl.deleteBuffer(this.corners);
    this.gl.deleteVertexArray(this.vao);
    this.gl.deleteVertexArray(this.discVao);
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
