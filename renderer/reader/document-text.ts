import type { Block, DocumentFile } from '../../core/model/document';
import { CodePointIndex } from '../../core/text/code-points';

/**
 * A document's text prepared for the reader: the code-point index plus each
 * block's start in UTF-16 units, which is what DOM offsets count.
 */
export class DocumentText {
  readonly index: CodePointIndex;
  readonly blocks: readonly Block[];
  /** UTF-16 offset of each block's first character in the whole text. */
  readonly blockUtf16Starts: readonly number[];

  constructor(document: DocumentFile) {
    this.index = new CodePointIndex(document.text);
    this.blocks = document.blocks;
    this.blockUtf16Starts = document.blocks.map((block) => this.index.toUtf16(block.start));
  }

  blockText(i: number): string {
    const block = this.blocks[i];
    return block ? this.index.slice(block.start, block.end) : '';
  }

  /**
   * The block holding a code-point offset. An offset between two blocks (in the
   * separator) belongs to the block before it, so a range ending there ends at
   * that block's last character.
   */
  blockAt(codePoint: number): number {
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((this.blocks[mid] as Block).start <= codePoint) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
