#if canImport(Glibc)
import CMalloc
#endif

/// Gives the heap's free pages back to the system. A large load frees tens of megabytes at once
/// when the rules are done (the outlines, the rules' tables) in pieces the graph then built only
/// partly fills: without this, those pages stay resident, and the holes add to the peak of
/// memory. Elsewhere than glibc, nothing.
enum HeapTrim {
    static func now() {
        #if canImport(Glibc)
        _ = malloc_trim(0)
        #endif
    }
}
