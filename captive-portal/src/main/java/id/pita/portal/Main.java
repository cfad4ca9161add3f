package id.pita.portal;
public final class Main { public static void main(String[] args) { System.out.println("pita"); } }
