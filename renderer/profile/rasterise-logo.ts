import { logoMaxSide } from '../../shared/profile';

export interface RasterLogo {
  kind: 'png' | 'jpeg';
  base64: string;
}

export const acceptedLogoTypes = ['image/png', 'image/jpeg', 'image/svg+xml'];

export const unreadableLogo = 'This file could not be read as an image. Choose a PNG, JPEG or SVG file.';

/** An SVG may give only a viewBox; its aspect ratio is all a vector needs to be drawn at any size. */
const svgAspect = async (file: File): Promise<number> => {
  const viewBox = (await file.text()).match(
    /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/,
  );
  const width = Number(viewBox?.[1]);
  const height = Number(viewBox?.[2]);
  return width > 0 && height > 0 ? width / height : 1;
};

const decode = async (file: File): Promise<HTMLImageElement> => {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } catch {
    throw new Error(unreadableLogo);
  } finally {
    URL.revokeObjectURL(url);
  }
};

/**
 * Draws the chosen file onto a canvas that fits logoMaxSide, so every logo reaches the main process as a
 * small PNG (or JPEG, for photos) whatever was chosen. Bitmaps only shrink; vectors are drawn as large as
 * the box allows, so they print sharp.
 */
export const rasteriseLogo = async (file: File): Promise<RasterLogo> => {
  if (!acceptedLogoTypes.includes(file.type)) throw new Error(unreadableLogo);
  const image = await decode(file);
  const isVector = file.type === 'image/svg+xml';
  let width = image.naturalWidth;
  let height = image.naturalHeight;
  if (isVector) {
    const aspect = width > 0 && height > 0 ? width / height : await svgAspect(file);
    [width, height] = aspect >= 1 ? [logoMaxSide, logoMaxSide / aspect] : [logoMaxSide * aspect, logoMaxSide];
  }
  if (width < 1 || height < 1) throw new Error(unreadableLogo);
  const scale = Math.min(1, logoMaxSide / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error(unreadableLogo);
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  // A photo stays a JPEG (PNG would be many times larger); anything else keeps its transparency as PNG.
  const kind = file.type === 'image/jpeg' ? 'jpeg' : 'png';
  const dataUrl = canvas.toDataURL(`image/${kind}`, 0.9);
  return { kind, base64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
};
