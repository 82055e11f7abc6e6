package main

import (
	"context"
	"fmt"
	"time"

	"zhibiao/data/corpus"
	"zhibiao/data/index"
)

// searchQueries are what a user types in the article search: two
// characters (common and rarer), one, and longer phrases.
var searchQueries = []string{"就业", "外资", "稳定", "区", "减税降费", "新增城乡就业", "就业 外资"}

// searchTimes opens the index of dir at path and times each query five
// times (the first run cold), reporting min and max and the hits.
func searchTimes(dir, path string) error {
	start := time.Now()
	ix, err := index.OpenExisting(corpus.New(places), path, dir) // never rebuilds a stale one
	if err != nil {
		return err
	}
	if ix == nil {
		return fmt.Errorf("%s is no usable index of %s (see zhibiao index)", path, dir)
	}
	defer ix.Close()
	fmt.Printf("search: index opened in %.3f s\n", time.Since(start).Seconds())
	for _, q := range searchQueries {
		lo, hi, hits := time.Duration(1<<62), time.Duration(0), 0
		for range 5 {
			t := time.Now()
			found, err := ix.Search(context.Background(), q)
			if err != nil {
				return err
			}
			d := time.Since(t)
			lo, hi, hits = min(lo, d), max(hi, d), len(found)
		}
		fmt.Printf("search %-14q %7d articles in %6.1f–%6.1f ms\n", q, hits, ms(lo), ms(hi))
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
