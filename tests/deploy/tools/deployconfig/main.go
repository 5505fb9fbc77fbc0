// Command deployconfig checks the dev-loop configs with the projects' own Go types, decoded the
// way the tools decode them: kind-config.yaml as kind's v1alpha4 Cluster (go.yaml.in/yaml/v3 with
// KnownFields, as kind's internal encoding.Parse), skaffold.yaml as skaffold's latest schema
// (gopkg.in/yaml.v3 with KnownFields, as skaffold's schema.parseConfig, then its yamltags checks
// on every struct, as its validation package). On success it prints the decoded (and, for kind,
// defaulted) config as JSON; on failure it prints the reason and exits 1.
//
// It is built by tests/deploy/gotool.py in a wrapper module outside the repo.
//
//	deployconfig versions
//	deployconfig kind FILE
//	deployconfig skaffold FILE
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"reflect"

	skaffoldlatest "github.com/GoogleContainerTools/skaffold/v2/pkg/skaffold/schema/latest"
	skaffoldyaml "github.com/GoogleContainerTools/skaffold/v2/pkg/skaffold/yaml"
	"github.com/GoogleContainerTools/skaffold/v2/pkg/skaffold/yamltags"
	kindyaml "go.yaml.in/yaml/v3"
	skaffoldyamlv3 "gopkg.in/yaml.v3"
	kinddefaults "sigs.k8s.io/kind/pkg/apis/config/defaults"
	kindv1alpha4 "sigs.k8s.io/kind/pkg/apis/config/v1alpha4"
)

const kindAPIVersion = "kind.x-k8s.io/v1alpha4"

func main() {
	if len(os.Args) == 2 && os.Args[1] == "versions" {
		emit(map[string]string{
			"kind":          kindAPIVersion,
			"kindNodeImage": kinddefaults.Image,
			"skaffold":      skaffoldlatest.Version,
		})
		return
	}
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: deployconfig versions | deployconfig (kind|skaffold) FILE")
		os.Exit(2)
	}
	raw, err := os.ReadFile(os.Args[2])
	if err == nil {
		var out any
		switch os.Args[1] {
		case "kind":
			out, err = checkKind(raw)
		case "skaffold":
			out, err = checkSkaffold(raw)
		default:
			err = fmt.Errorf("unknown config type %q (kind or skaffold)", os.Args[1])
		}
		if err == nil {
			emit(out)
			return
		}
	}
	fmt.Fprintf(os.Stderr, "%s: %v\n", os.Args[2], err)
	os.Exit(1)
}

func emit(v any) {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// checkKind decodes like kind's encoding.Parse, defaults like kind, and repeats the checks of
// kind's (internal, so not importable) Cluster.Validate that a config file can get wrong.
func checkKind(raw []byte) (*kindv1alpha4.Cluster, error) {
	var meta kindv1alpha4.TypeMeta
	if err := kindyaml.Unmarshal(raw, &meta); err != nil {
		return nil, fmt.Errorf("could not determine kind / apiVersion: %w", err)
	}
	if meta.APIVersion != kindAPIVersion || meta.Kind != "Cluster" {
		return nil, fmt.Errorf("want apiVersion %s kind Cluster, got %q %q",
			kindAPIVersion, meta.APIVersion, meta.Kind)
	}
	dec := kindyaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	cfg := &kindv1alpha4.Cluster{}
	if err := dec.Decode(cfg); err != nil {
		return nil, fmt.Errorf("unable to decode config: %w", err)
	}
	var extra any
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, errors.New("more than one YAML document: kind reads only the first")
	}
	kindv1alpha4.SetDefaultsCluster(cfg)

	var errs []error
	controlPlanes := 0
	for i, node := range cfg.Nodes {
		switch node.Role {
		case kindv1alpha4.ControlPlaneRole:
			controlPlanes++
		case kindv1alpha4.WorkerRole:
		default:
			errs = append(errs, fmt.Errorf("node %d: %q is not a valid node role", i, node.Role))
		}
		seen := map[string]bool{}
		for _, m := range node.ExtraPortMappings {
			for name, port := range map[string]int32{"hostPort": m.HostPort, "containerPort": m.ContainerPort} {
				if port < -1 || port > 65535 {
					errs = append(errs, fmt.Errorf("node %d: invalid %s %d", i, name, port))
				}
			}
			addr := m.ListenAddress
			if addr == "" {
				addr = "0.0.0.0"
			}
			if net.ParseIP(addr) == nil {
				errs = append(errs, fmt.Errorf("node %d: invalid listen address %q", i, m.ListenAddress))
			}
			if m.HostPort > 0 {
				key := fmt.Sprintf("%s:%d/%s", addr, m.HostPort, m.Protocol)
				if seen[key] {
					errs = append(errs, fmt.Errorf("node %d: port mapping %s configured twice", i, key))
				}
				seen[key] = true
			}
		}
	}
	if controlPlanes == 0 {
		errs = append(errs, errors.New("must have at least one control-plane node"))
	}
	return cfg, errors.Join(errs...)
}

// checkSkaffold decodes every document like skaffold's schema.parseConfig, insists on the latest
// schema version, and runs skaffold's yamltags checks (required, oneOf) on every struct.
func checkSkaffold(raw []byte) ([]any, error) {
	dec := skaffoldyamlv3.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	var out []any
	for i := 0; ; i++ {
		cfg := skaffoldlatest.NewSkaffoldConfig().(*skaffoldlatest.SkaffoldConfig)
		err := dec.Decode(cfg)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("document %d: unable to parse config: %w", i, err)
		}
		if cfg.APIVersion != skaffoldlatest.Version {
			return nil, fmt.Errorf("document %d: apiVersion %q is not the latest schema %q",
				i, cfg.APIVersion, skaffoldlatest.Version)
		}
		if cfg.Kind != "Config" {
			return nil, fmt.Errorf("document %d: kind %q is not Config", i, cfg.Kind)
		}
		if err := visitStructs(reflect.ValueOf(cfg).Elem()); err != nil {
			return nil, fmt.Errorf("document %d: %w", i, err)
		}
		// Skaffold's types carry yaml tags only: re-encode through YAML to get JSON.
		normal, err := skaffoldyaml.Marshal(cfg)
		if err != nil {
			return nil, err
		}
		var doc any
		if err := skaffoldyamlv3.Unmarshal(normal, &doc); err != nil {
			return nil, err
		}
		out = append(out, doc)
	}
	if len(out) == 0 {
		return nil, errors.New("no skaffold config found")
	}
	return out, nil
}

func visitStructs(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Struct:
		if err := yamltags.ValidateStruct(v.Interface()); err != nil {
			return err
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Field(i).CanInterface() {
				if err := visitStructs(v.Field(i)); err != nil {
					return err
				}
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			if err := visitStructs(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Ptr:
		if !v.IsNil() {
			return visitStructs(v.Elem())
		}
	}
	return nil
}
