#pragma once

#include "jsonwriter.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Ditio {

// Builds a long output in blocks of items on two threads (this one and one
// of the pool's) and hands the blocks to `write` in their order, so that a
// million rows' report uses both cores while only two blocks are in memory.
// build(first, end, block) must be safe to run on two threads at once;
// write(block) runs on this thread. False as soon as write() is.
template<typename Block, typename Build, typename Write>
bool writeInOrderedBlocks(int count, int itemsPerBlock, Build build, Write write)
{
    for (int first = 0; first < count; first += 2 * itemsPerBlock) {
        const int middle = std::min(count, first + itemsPerBlock);
        const int end = std::min(count, middle + itemsPerBlock);
        Block here;
        Block there;
        QFuture<void> other;
        if (middle < end)
            other = QtConcurrent::run([&] { build(middle, end, there); });
        build(first, middle, here);
        const bool written = write(here);
        other.waitForFinished();
        if (!written || (middle < end && !write(there)))
            return false;
    }
    return true;
}

// The `count` elements of the JSON array `writer` has just opened (empty,
// `depth` containers deep, the array included), built with
// writeInOrderedBlocks(): element(fragment, i) writes element i into a
// fragment writer of `style` and returns a count to add up (a report's
// warnings, say). The sum of the counts; writer.ok() says whether everything
// was written.
template<typename Element>
qint64 writeJsonElementsInOrderedBlocks(JsonWriter &writer, JsonWriter::Style style, int depth,
                                        int count, int itemsPerBlock, Element element)
{
    struct Block
    {
        QByteArray bytes;
        qsizetype elements = 0;
        qint64 sum = 0;
    };
    qint64 sum = 0;
    writeInOrderedBlocks<Block>(
            count, itemsPerBlock,
            [&](int first, int end, Block &block) {
                JsonWriter fragment(style, depth, first);
                for (int i = first; i < end; ++i)
                    block.sum += element(fragment, i);
                block.elements = fragment.fragmentElements();
                block.bytes = fragment.takeFragment();
            },
            [&](const Block &block) {
                writer.appendFragment(block.bytes, block.elements);
                sum += block.sum;
                return writer.ok();
            });
    return sum;
}

} // namespace Ditio
