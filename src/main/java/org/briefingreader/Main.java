package org.briefingreader;

public final class Main {
    public static void main(String[] args) {
    }
}
