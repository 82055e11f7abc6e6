package corpus

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"zhibiao/data"
)

func TestFileChunksKeepFilesWhole(t *testing.T) {
	var arts []*data.Article
	for _, f := range []string{"a", "b", "b", "b", "c", "d", "d", "e"} {
		arts = append(arts, &data.Article{File: f})
	}
	for size := 1; size <= len(arts)+1; size++ {
		chunks := fileChunks(arts, size)
		n := 0
		for k, ch := range chunks {
			if len(ch) < size && k < len(chunks)-1 {
				t.Errorf("size %d: chunk %d has %d articles", size, k, len(ch))
			}
			if k > 0 && chunks[k-1][len(chunks[k-1])-1].File == ch[0].File {
				t.Errorf("size %d: file %s split between chunks", size, ch[0].File)
			}
			n += len(ch)
		}
		if n != len(arts) {
			t.Errorf("size %d: %d articles in chunks, want %d", size, n, len(arts))
		}
	}
	if fileChunks(nil, 3) != nil {
		t.Error("chunks of no articles")
	}
}

// TestExtractParallelIsExtractAll: the seeds include a multi-story file,
// whose stories must keep the title of its first story.
func TestExtractParallelIsExtractAll(t *testing.T) {
	arts, _, err := testPipeline.Parser().LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := testPipeline.Extractor().ExtractAll(arts)
	var last int
	got, _, err := testPipeline.extractParallel(context.Background(), arts, func(stage string, done, total int) {
		if done < last || done > total {
			t.Errorf("progress %s %d/%d after %d", stage, done, total, last)
		}
		last = done
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("extractParallel gives %d indicators unlike ExtractAll's %d", len(got), len(want))
	}
	if last != len(arts) {
		t.Errorf("progress ended at %d of %d", last, len(arts))
	}
}

func TestExtractParallelCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the pool's own cancelling is data.TestParallelCancelled's
	arts, _, err := testPipeline.Parser().LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := testPipeline.extractParallel(ctx, arts, data.OrNoProgress(nil)); !errors.Is(err, context.Canceled) {
		t.Errorf("extractParallel after cancel: err = %v", err)
	}
}
