package id.pita.engine;
final class Placeholder {}
