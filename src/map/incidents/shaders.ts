/**
 * GLSL for the incident layer. One vertex shader serves three passes so the
 * visibility rule exists once: uncertainty discs (mode 0), points (mode 1)
 * and the readback count (mode 2), where point i writes its own pixel.
 * Points are GL points; an uncertainty disc is geometry, an instanced quad
 * whose corners are the point ± its radius in mercator units, projected
 * through the same homography, so its on-screen radius is the stated km at
 * every zoom (a GL point is capped at the GPU's largest point size, ~1,023 px
 * here, which a 50 km radius passes at zoom 10).
 */

/** Attribute locations, fixed so every VAO can share the program (corner: the disc quad's, per vertex). */
export const ATTR = { pos: 0, days: 1, rgba: 2, radius: 3, unc: 4, visible: 5, corner: 6 } as const;

export const VERTEX = `#version 300 es
precision highp float;
layout(location = 0) in vec2 aPos;      // mercator offset from the dataset centre
layout(location = 1) in vec2 aDays;     // first and last day covered (days since 1970-01-01)
layout(location = 2) in vec4 aRgba;
layout(location = 3) in float aRadius;  // px
layout(location = 4) in float aUnc;     // uncertainty radius in mercator units
layout(location = 5) in float aVisible; // 1 = passes the filters, 2 = passes but is counted in a disc (not drawn as a point)
layout(location = 6) in vec2 aCorner;   // disc quads only: (±1, ±1)
uniform mat3 uH;          // offset -> CSS px (row-major, uploaded transposed)
uniform vec2 uViewport;   // CSS px
uniform float uDpr;
uniform vec2 uWindow;     // [start, end] day, inclusive
uniform float uWorldPx;   // CSS px per mercator unit at the centre
uniform int uMode;        // 0 = uncertainty discs, 1 = points, 2 = count
uniform int uSelected;    // internal index of the selected point or -1
uniform float uMaxSize;
uniform float uSizeScale; // shrinks all points alike when the frame would overfill (see IncidentLayer)
uniform ivec2 uCountSize; // count pass framebuffer size
out vec4 vRgba;
out float vRing;
out float vSize;
out vec2 vCorner;

bool shown() {
  return aVisible > 0.5 && aDays.x <= uWindow.y && aDays.y >= uWindow.x;
}

void main() {
  vRgba = aRgba;
  vRing = 0.0;
  // Members of a counted disc are still counted (mode 2) but not drawn as points.
  if (!shown() || (uMode != 2 && aVisible > 1.5) || (uMode == 0 && aUnc <= 0.0)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  if (uMode == 2) {
    int x = gl_VertexID % uCountSize.x;
    int y = gl_VertexID / uCountSize.x;
    vec2 size = vec2(uCountSize);
    gl_Position = vec4((float(x) + 0.5) / size.x * 2.0 - 1.0, (float(y) + 0.5) / size.y * 2.0 - 1.0, 0.0, 1.0);
    gl_PointSize = 1.0;
    return;
  }
  vCorner = aCorner;
  vec3 p = uH * vec3(uMode == 0 ? aPos + aCorner * aUnc : aPos, 1.0);
  if (p.z <= 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  vec2 px = p.xy / p.z;
  gl_Position = vec4(px.x / uViewport.x * 2.0 - 1.0, 1.0 - px.y / uViewport.y * 2.0, 0.0, 1.0);
  if (uMode == 0) {
    // w proportional to the camera depth, so the corner coordinates interpolate perspective-correctly under pitch.
    gl_Position *= p.z;
    vRgba = vec4(aRgba.rgb, aRgba.a * 0.13);
    vSize = 2.0 * aUnc * uWorldPx * uDpr; // diameter in device px, for the ring's width and dashes
    gl_PointSize = 1.0;
    return;
  }
  float r = max(1.5, aRadius * uSizeScale);
  if (gl_VertexID == uSelected) { r += 3.0; vRing = 1.0; }
  gl_PointSize = clamp(2.0 * r * uDpr, 1.0, uMaxSize);
  vSize = gl_PointSize;
}
`;

export const FRAGMENT = `#version 300 es
precision mediump float;
uniform highp int uMode;
in vec4 vRgba;
in float vRing;
in float vSize;
in vec2 vCorner;
out vec4 outColor;
void main() {
  if (uMode == 2) { outColor = vec4(1.0); return; }
  vec2 d = uMode == 0 ? vCorner : gl_PointCoord * 2.0 - 1.0;
  float r = length(d);
  if (r > 1.0) discard;
  // A disc's edge is antialiased over one device pixel, whatever its size; a point's rim is soft.
  float edge = uMode == 0 ? clamp((1.0 - r) * vSize * 0.5, 0.0, 1.0) : 1.0 - smoothstep(0.86, 1.0, r);
  vec3 rgb = vRgba.rgb;
  float a = vRgba.a * edge;
  // Uncertainty: a faint fill inside a dashed ring (dashes about 4 px long).
  if (uMode == 0) {
    float dashes = max(6.0, floor(3.14159 * vSize / 8.0));
    float dash = fract(atan(d.y, d.x) / 6.28318 * dashes);
    a = r > 1.0 - 3.0 / vSize && dash < 0.5 ? 0.55 * edge : vRgba.a;
  }
  // Outline: dark rim on points, a white ring on the selected one.
  if (uMode == 1 && r > 0.72) rgb = vRing > 0.5 ? vec3(1.0) : rgb * 0.55;
  outColor = vec4(rgb * a, a); // premultiplied for the page compositor
}
`;

/** Compiles and links the program; throws with the driver's log on failure. */
export function makeProgram(gl: WebGL2RenderingContext): WebGLProgram {
  const compile = (type: number, src: string): WebGLShader => {
    const s = gl.createShader(type);
    if (!s) throw new Error('incident layer: createShader failed');
    gl.shaderSource(s, src);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(`incident layer shader: ${gl.getShaderInfoLog(s) ?? ''}`);
    return s;
  };
  const prog = gl.createProgram();
  gl.attachShader(prog, compile(gl.VERTEX_SHADER, VERTEX));
  gl.attachShader(prog, compile(gl.FRAGMENT_SHADER, FRAGMENT));
  gl.linkProgram(prog);
  if (!gl.getProgramParameter(prog, gl.LINK_STATUS)) throw new Error(`incident layer link: ${gl.getProgramInfoLog(prog) ?? ''}`);
  return prog;
}
