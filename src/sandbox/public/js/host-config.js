// Webex-like Adaptive Card host configs (Webex publishes none): system font, Webex type sizes, compact spacing,
// a monospace font type (render() throws without one), light and dark palettes.

const palette = {
  light: {
    background: '#ffffff',
    emphasis: '#f2f4f5',
    text: { default: '#1b1c1e', subtle: '#63666b' },
    accent: '#0a6fd1',
    good: '#1a7f5a',
    warning: '#a35f00',
    attention: '#d0262d',
  },
  dark: {
    background: '#23262b',
    emphasis: '#2f333a',
    text: { default: '#eceef1', subtle: '#a9adb4' },
    accent: '#6cb4ff',
    good: '#4fc48f',
    warning: '#f2b54a',
    attention: '#ff7b72',
  },
};

function colors(p) {
  const pair = (c) => ({ default: c, subtle: c });
  return {
    default: p.text,
    dark: pair(p.text.default),
    light: pair(p.text.subtle),
    accent: pair(p.accent),
    good: pair(p.good),
    warning: pair(p.warning),
    attention: pair(p.attention),
  };
}

const FONT = "'Inter', 'Segoe UI', system-ui, -apple-system, 'Liberation Sans', sans-serif";
const MONO = "'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace";
const fontSizes = { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 };
const fontWeights = { lighter: 300, default: 400, bolder: 600 };

export function hostConfig(theme) {
  const p = palette[theme] ?? palette.light;
  return {
    supportsInteractivity: true,
    fontFamily: FONT,
    fontTypes: {
      default: { fontFamily: FONT, fontSizes, fontWeights },
      monospace: { fontFamily: MONO, fontSizes, fontWeights },
    },
    spacing: { small: 4, default: 8, medium: 16, large: 24, extraLarge: 32, padding: 16 },
    separator: { lineThickness: 1, lineColor: theme === 'dark' ? '#3d424a' : '#e1e4e8' },
    imageSizes: { small: 32, medium: 64, large: 120 },
    containerStyles: {
      default: { backgroundColor: p.background, foregroundColors: colors(p) },
      emphasis: { backgroundColor: p.emphasis, foregroundColors: colors(p) },
      accent: { backgroundColor: p.emphasis, foregroundColors: colors(p) },
      good: { backgroundColor: p.emphasis, foregroundColors: colors(p) },
      attention: { backgroundColor: p.emphasis, foregroundColors: colors(p) },
      warning: { backgroundColor: p.emphasis, foregroundColors: colors(p) },
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 8 },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      wrap: true,
    },
    factSet: {
      title: {
        weight: 'bolder',
        size: 'default',
        color: 'default',
        isSubtle: true,
        wrap: true,
        maxWidth: 160,
      },
      value: { weight: 'default', size: 'default', color: 'default', wrap: true },
      spacing: 12,
    },
    textBlock: { headingLevel: 2 },
    inputs: { label: { inputSpacing: 'small', requiredInputs: { suffix: ' *' }, optionalInputs: {} } },
  };
}
