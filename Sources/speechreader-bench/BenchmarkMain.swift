/// Entry point of the benchmark suite (filled in by the benchmark harness).
@main
enum BenchmarkMain {
    static func main() {
        print("speechreader-bench: see README, Performance")
    }
}
