package cn.anju.identity;

/** Sex as recorded on the household register: M or F. */
public enum Sex {
    M, F
}
