#pragma once

#include <cstddef>

namespace Ditio {

// Memory for large tables (a million rows, a hash table of their keys) in
// whole 2 MiB huge pages on Linux: on a virtual machine a 4 KiB page fault
// and a TLB miss per random access cost more than the work done there. Blocks
// under HugePages::Threshold come from the heap.
class HugePages
{
public:
    static constexpr std::size_t PageBytes = std::size_t(2) << 20;
    static constexpr std::size_t Threshold = PageBytes / 2;

    static void *allocate(std::size_t bytes);
    static void deallocate(void *block, std::size_t bytes);

    // For standard containers: std::vector<T, HugePages::Allocator<T>>.
    template<typename T> struct Allocator
    {
        using value_type = T;
        Allocator() = default;
        template<typename U> Allocator(const Allocator<U> &) { }
        T *allocate(std::size_t n) { return static_cast<T *>(HugePages::allocate(n * sizeof(T))); }
        void deallocate(T *p, std::size_t n) { HugePages::deallocate(p, n * sizeof(T)); }
        friend bool operator==(const Allocator &, const Allocator &) { return true; }
        friend bool operator!=(const Allocator &, const Allocator &) { return false; }
    };
};

} // namespace Ditio
