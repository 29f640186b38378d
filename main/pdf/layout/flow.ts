import type { Mark, Page } from './marks';

/** A piece that is never split across pages; `draw` puts its marks below `top`. */
export interface Block {
  height: number;
  draw: (marks: Mark[], top: number) => void;
}

export interface FlowFrame {
  width: number;
  height: number;
  /** Where content starts on the first page and on later ones (which carry a shorter header). */
  firstTop: number;
  nextTop: number;
  /** Where content must end, above the footer. */
  bottom: number;
}

export interface Flow {
  /** Places a block, on a new page if it does not fit; `keepRoom` more must fit too (keeps it with what follows). */
  place: (block: Block, options?: { keepRoom?: number }) => void;
  /** Vertical space, dropped at the top of a page. */
  space: (height: number) => void;
  /** A block drawn at the top of every new page until set back to null: a table's header. */
  repeat: (block: Block | null) => void;
  pages: () => Page[];
}

export const createFlow = (frame: FlowFrame): Flow => {
  const pages: Page[] = [];
  let marks: Mark[] = [];
  let y = frame.firstTop;
  let repeated: Block | null = null;

  const newPage = () => {
    marks = [];
    pages.push({ width: frame.width, height: frame.height, marks });
  };
  newPage();

  const breakPage = () => {
    newPage();
    y = frame.nextTop;
    if (repeated) {
      repeated.draw(marks, y);
      y += repeated.height;
    }
  };

  const atPageTop = () => y === frame.nextTop + (repeated?.height ?? 0) || y === frame.firstTop;

  return {
    place: (block, { keepRoom = 0 } = {}) => {
      const fitsHere = y + block.height + keepRoom <= frame.bottom;
      // A block taller than a page (with what it keeps) goes where it starts; nothing can do better.
      if (!fitsHere && !atPageTop()) breakPage();
      block.draw(marks, y);
      y += block.height;
    },
    space: (height) => {
      if (!atPageTop()) y = Math.min(y + height, frame.bottom);
    },
    repeat: (block) => {
      repeated = block;
    },
    pages: () => pages,
  };
};
