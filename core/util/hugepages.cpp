#include "hugepages.h"

#include <QtGlobal>

#include <new>

#ifdef Q_OS_LINUX
#    include <sys/mman.h>
#endif

namespace Ditio {

void *HugePages::allocate(std::size_t bytes)
{
#ifdef Q_OS_LINUX
    if (bytes >= Threshold) {
        // Map one huge page more than needed, and keep the 2 MiB-aligned part.
        const std::size_t size = (bytes + PageBytes - 1) / PageBytes * PageBytes;
        void *mapped = mmap(nullptr, size + PageBytes, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapped == MAP_FAILED)
            throw std::bad_alloc();
        const quintptr start = quintptr(mapped);
        const quintptr aligned = (start + PageBytes - 1) & ~quintptr(PageBytes - 1);
        if (aligned > start)
            munmap(mapped, aligned - start);
        if (const std::size_t after = start + size + PageBytes - (aligned + size))
            munmap(reinterpret_cast<void *>(aligned + size), after);
        madvise(reinterpret_cast<void *>(aligned), size, MADV_HUGEPAGE);
        return reinterpret_cast<void *>(aligned);
    }
#endif
    return ::operator new(bytes);
}

void HugePages::deallocate(void *block, std::size_t bytes)
{
#ifdef Q_OS_LINUX
    if (bytes >= Threshold) {
        munmap(block, (bytes + PageBytes - 1) / PageBytes * PageBytes);
        return;
    }
#endif
    ::operator delete(block);
}

} // namespace Ditio
