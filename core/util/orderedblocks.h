#pragma once

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

} // namespace Ditio
