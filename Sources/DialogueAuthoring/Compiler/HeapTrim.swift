#if canImport(Glibc)
import CMalloc
#endif

/// Gives the heap's free pages back to the system. A large load frees tens of megabytes at a
/// time in pieces that what it makes next only partly fills, or cannot use at all (a table of
/// megabytes does not fit in the room of a file's list): each file's text and the room its lists
/// grew out of once it is read, the targets' places once the edges are known, the outlines and
/// the rules' tables once the rules are done, the files' lists of nodes once they are joined.
/// Without this, those pages stay resident, and the holes add to the peak of memory. Elsewhere
/// than glibc, nothing.
enum HeapTrim {
    static func now() {
        #if canImport(Glibc)
        _ = malloc_trim(0)
        #endif
    }
}
